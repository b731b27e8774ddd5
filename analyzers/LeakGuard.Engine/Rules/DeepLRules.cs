using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DeepLRules
{
    private static readonly Remediation Remediation = new("https://www.deepl.com/your-account/keys", "DeepL:AuthKey", "DEEPL_AUTH_KEY");

    private static readonly string[] DeepLContext = { "deepl" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // DeepL API Free's keys end in ":fx"; they translate on the account's quota.
        new SecretRule(
            "deepl-free-api-key",
            "DeepL",
            "DeepL API Free authentication key (a UUID and :fx)",
            Patterns.Token(Patterns.Uuid + ":fx", Patterns.Base62),
            new[] { ":fx" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // API Pro's keys are UUIDs, billed per character. DeepL's glossaries and documents have UUIDs too, so a UUID
        // next to DeepL's name must be given as the key: under an auth key's or DeepL's name, in the DeepL-Auth-Key
        // header, or as the first argument of a client (Translator, DeepLClient).
        ContextGatedRule.Create(
            "deepl-api-key",
            "DeepL",
            "DeepL API Pro authentication key (a UUID given as DeepL's key)",
            Patterns.AssignedTo("deepl|auth[_-]?key", Patterns.Uuid, "A-Za-z0-9-")
            + "|DeepL-Auth-Key[ \\t]{1,5}(?<secret>" + Patterns.Uuid + ")(?:$|[^A-Za-z0-9-])"
            + "|(?:Translator|DeepLClient)\\([ \\t]{0,5}(?:auth_key[ \\t]{0,3}=[ \\t]{0,3})?@?[\"'](?<secret>" + Patterns.Uuid + ")[\"']",
            DeepLContext,
            Remediation,
            minEntropy: 3),
    };
}
