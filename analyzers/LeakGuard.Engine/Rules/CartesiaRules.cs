using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CartesiaRules
{
    private static readonly Remediation Remediation = new("https://play.cartesia.ai/keys", "Cartesia:ApiKey", "CARTESIA_API_KEY");

    // An API key of the voice platform: "sk_car_" and 20 to 24 characters (22 in use). Calls are billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cartesia-api-key",
            "Cartesia",
            "Cartesia API key",
            Patterns.Token("sk_car_[A-Za-z0-9_]{20,24}"),
            new[] { "sk_car_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
