using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BuildkiteRules
{
    private static readonly Remediation Remediation = new("https://buildkite.com/user/api-access-tokens", "Buildkite:Token", "BUILDKITE_API_TOKEN");

    private static readonly Remediation AgentRemediation = new("https://buildkite.com/docs/agent/v3/tokens", "Buildkite:AgentToken", "BUILDKITE_AGENT_TOKEN");

    // The agent's own names: "buildkite" alone stands beside build badges' ids of 50 hex digits too.
    private static readonly string[] AgentContext = { "buildkite_agent_token", "buildkite-agent", "BuildkiteAgentToken" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "buildkite-api-token",
            "Buildkite",
            "Buildkite API access token",
            Patterns.Token("bkua_[a-f0-9]{40}"),
            new[] { "bkua_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A cluster's agent token: the organization's number in base 64, '.', and 72 characters of base 58. An agent
        // that holds it joins the cluster and runs its jobs, with their secrets.
        new SecretRule(
            "buildkite-cluster-agent-token",
            "Buildkite",
            "Buildkite cluster agent token (bkct_)",
            Patterns.Token("bkct_(?:[A-Za-z0-9=]{4,24}\\.[A-Za-z0-9]{64,80}|[A-Za-z0-9_-]{73})"),
            new[] { "bkct_" },
            AgentRemediation)
        {
            MinEntropy = 3.5,
        },

        // The other tokens Buildkite issues, as its agent's redactor lists them: agent access and job tokens (bkaa_,
        // bkaj_, bkjat_), agent registration (bkar_), portal and pipeline tokens (bkpt_, bkpat_, bkat_), package
        // registry tokens (bkps_, bkur_, bkrt_, bktr_, bktx_, bkcqt_), each 40 characters or more (a pipeline token's docs example: "bkpat_", an id, '_' and 40 hex digits; a job
        // token is a JWT).
        new SecretRule(
            "buildkite-token",
            "Buildkite",
            "Buildkite agent, job, pipeline, portal or package registry token",
            Patterns.Token("bk(?:aa|aj|jat|ar|pt|pat|at|ps|ur|rt|tr|tx|cqt)_[A-Za-z0-9_.-]{40,}", Patterns.UrlSafeOrDot),
            new[] { "bkaa_", "bkaj_", "bkjat_", "bkar_", "bkpt_", "bkpat_", "bkat_", "bkps_", "bkur_", "bkrt_", "bktr_", "bktx_", "bkcqt_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },

        // The agent registration tokens of unclustered agents: 50 hex digits, so Buildkite must be nearby.
        ContextGatedRule.Create(
            "buildkite-agent-token",
            "Buildkite",
            "Buildkite agent registration token (50 hex digits next to the agent's name)",
            Patterns.Token("[a-f0-9]{50}", Patterns.Base62),
            AgentContext,
            AgentRemediation,
            minEntropy: 3),
    };
}
