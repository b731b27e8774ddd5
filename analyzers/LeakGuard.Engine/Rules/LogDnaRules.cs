using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LogDnaRules
{
    private static readonly Remediation Remediation = new("https://app.mezmo.com/manage/api-keys", "LogDna:IngestionKey", "LOGDNA_INGESTION_KEY");

    // A LogDNA (now Mezmo) ingestion key: 32 hex digits, which ship logs into the account (LogDNAHandler(key, options),
    // the agent's LOGDNA_AGENT_KEY, logs.logdna.com).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "logdna-ingestion-key",
            "Mezmo",
            "LogDNA (Mezmo) ingestion key (32 hex digits next to LogDNA's or Mezmo's name)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            new[] { "logdna", "mezmo" },
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
