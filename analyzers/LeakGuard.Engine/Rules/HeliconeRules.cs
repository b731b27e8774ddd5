using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HeliconeRules
{
    private static readonly Remediation Remediation = new("https://us.helicone.ai/settings/api-keys", "Helicone:ApiKey", "HELICONE_API_KEY");

    // Helicone's key generator: four groups of seven lower-case letters and digits.
    private const string Groups = "[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}";

    // After "sk-helicone-" (read and write) or "pk-helicone-" (write only): "eu-" on the EU region, "rl-" or "cp-" for
    // restricted kinds, or "proxy-" and a UUID for a vault proxy key.
    private const string Body = "(?:proxy-" + Groups + "-" + Patterns.Uuid + "|(?:eu-)?(?:rl-|cp-)?" + Groups + ")";

    private static readonly string[] LegacyContext = { "helicone", "hconeai" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "helicone-api-key",
            "Helicone",
            "Helicone API key",
            Patterns.Token("sk-helicone-" + Body),
            new[] { "sk-helicone-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // A write key can only log requests, but it authenticates calls through Helicone's gateway, which bills the
        // organisation's credits.
        new SecretRule(
            "helicone-write-key",
            "Helicone",
            "Helicone write-only API key (pk-helicone-)",
            Patterns.Token("pk-helicone-" + Body),
            new[] { "pk-helicone-" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
        },

        // Keys made before "helicone-" joined the prefix, still accepted.
        ContextGatedRule.Create(
            "helicone-legacy-api-key",
            "Helicone",
            "Helicone API key of the older format (sk- and four groups of seven next to Helicone)",
            Patterns.Token("sk-" + Groups),
            LegacyContext,
            Remediation,
            minEntropy: 3.5),
    };
}
