using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VonageRules
{
    private static readonly Remediation Remediation = new("https://dashboard.nexmo.com/settings", "Vonage:ApiSecret", "VONAGE_API_SECRET");

    private static readonly string[] Context = { "vonage", "nexmo" };

    // An API secret (16 letters and digits; Nexmo's older ones 16 hex digits) with the 8-digit API key sends SMS and
    // places calls billed to the account.
    // The SDKs take the secret by position after the 8-hex API key (.NET's Credentials.FromApiKeyAndSecret, PHP's
    // Basic, Ruby's Client.new) or from Java's builder (.apiSecret("…")).
    private static readonly string AfterTheKey = Patterns.AfterArgument("[0-9a-f]{8}", "[A-Za-z0-9]{16}") + "|(?i:apisecret)\\([ \\t]{0,3}[\"'](?<secret>[A-Za-z0-9]{16})[\"']";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "vonage-api-secret",
            "Vonage (Nexmo)",
            "Vonage (Nexmo) API secret (16 letters and digits under a secret's name, next to Vonage or Nexmo)",
            $"{Patterns.AssignedTo("secret", "[A-Za-z0-9]{16}", Patterns.Base62)}|{AfterTheKey}",
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesCasesAndDigits(value) || (Plausibility.IsLowerHex(value) && Plausibility.MixesLettersAndDigits(value, digits: 2))),
    };
}
