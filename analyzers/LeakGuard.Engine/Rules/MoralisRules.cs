using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MoralisRules
{
    private static readonly Remediation Remediation = new("https://admin.moralis.com/api-keys", "Moralis:ApiKey", "MORALIS_API_KEY");

    // A Moralis Web3 API key: a JWT whose claims start {"nonce": and name the organisation (orgId). It spends the
    // account's compute units.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "moralis-api-key",
            "Moralis",
            "Moralis Web3 API key (a JWT of nonce and orgId claims)",
            Patterns.Token("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJub25jZSI6[A-Za-z0-9_-]{20,600}\\.[A-Za-z0-9_-]{43}", Patterns.UrlSafeOrDot),
            new[] { "eyJub25jZSI6" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => JwtRules.IsLive(value) && JwtRules.Payload(value) is { } claims && claims.Contains("\"orgId\""),
        },

        // The keys Moralis issued before its JWTs: 64 letters and digits, under its name or given to Moralis.start.
        new SecretRule(
            "moralis-legacy-api-key",
            "Moralis",
            "Moralis Web3 API key of the format before JWTs (64 characters under its name)",
            Patterns.AssignedTo("moralis_?(?:api_?)?key", "[A-Za-z0-9]{64}") + "|Moralis\\.start\\(\\{[ \t\r\n]{0,20}apiKey[ \t]{0,3}:[ \t]{0,3}[\"'`](?<secret>[A-Za-z0-9]{64})[\"'`]",
            new[] { "moralis" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 3),
        },
    };
}
