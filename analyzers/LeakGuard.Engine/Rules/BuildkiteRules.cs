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
            Patterns.Token("bkct_[A-Za-z0-9=]{4,24}\\.[A-Za-z0-9]{64,80}"),
            new[] { "bkct_" },
            AgentRemediation)
        {
            MinEntropy = 3.5,
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
