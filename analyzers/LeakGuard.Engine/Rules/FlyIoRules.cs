using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FlyIoRules
{
    private static readonly Remediation Remediation = new("https://fly.io/user/personal_access_tokens", "FlyIo:ApiToken", "FLY_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "flyio-access-token",
            "Fly.io",
            "Fly.io access token (fo1_)",
            Patterns.Token("fo1_[A-Za-z0-9_-]{43}"),
            new[] { "fo1_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "flyio-macaroon",
            "Fly.io",
            "Fly.io macaroon token (fm1a_, fm1r_, fm2_)",
            Patterns.Token("(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,1000}={0,3}", Patterns.Base64),
            new[] { "fm1a_", "fm1r_", "fm2_" },
            Remediation)
        {
            MinEntropy = 4,

            // Msgpack in base 64: the header of every macaroon holds zero bytes, a run of "A".
            RunsBelongToFormat = true,
        },
    };
}
