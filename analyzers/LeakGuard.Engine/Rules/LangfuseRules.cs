using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LangfuseRules
{
    private static readonly Remediation Remediation = new("https://cloud.langfuse.com/", "Langfuse:SecretKey", "LANGFUSE_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Public keys (pk-lf-) are only half of a credential and are left out on purpose.
        new SecretRule(
            "langfuse-secret-key",
            "Langfuse",
            "Langfuse secret key",
            Patterns.Token("sk-lf-" + Patterns.Uuid),
            new[] { "sk-lf-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
