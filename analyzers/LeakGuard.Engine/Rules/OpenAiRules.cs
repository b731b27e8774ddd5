using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenAiRules
{
    private static readonly Remediation Remediation = new("https://platform.openai.com/api-keys", "OpenAI:ApiKey", "OPENAI_API_KEY");

    // "T3BlbkFJ" is base64 for "OpenAI": every OpenAI key format carries it, which is what makes the formats identifiable.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "openai-api-key",
            "OpenAI",
            "OpenAI API key (legacy user key)",
            Patterns.Token("sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
            new[] { "T3BlbkFJ" },
            Remediation),
        new SecretRule(
            "openai-project-api-key",
            "OpenAI",
            "OpenAI project, service account, admin or unscoped API key",
            Patterns.Token("sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}"),
            new[] { "T3BlbkFJ" },
            Remediation),
    };
}
