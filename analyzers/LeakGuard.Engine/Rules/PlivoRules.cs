using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PlivoRules
{
    private const int HexDigits = 30;

    private static readonly Remediation Remediation = new("https://console.plivo.com/dashboard/", "Plivo:AuthToken", "PLIVO_AUTH_TOKEN");

    private static readonly string[] Context = { "plivo" };

    // An auth token is base 64 of 30 hex digits (so each group of four starts with M, N, O, Y or Z); with the auth id
    // (MA… or SA…, public in every request) it sends messages and places calls on the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "plivo-auth-token",
            "Plivo",
            "Plivo auth token (40 characters of base 64 over 30 hex digits, next to Plivo)",
            Patterns.Token("(?:[MNOYZ][A-Za-z0-9]{3}){10}", Patterns.Base62),
            Context,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            MinEntropy = 3.5,
            Validator = EncodesHexDigits,
        },
    };

    private static bool EncodesHexDigits(string token) =>
        UnpaddedBase64.Decode(token) is { Length: HexDigits } decoded && Plausibility.IsLowerHex(decoded);
}
