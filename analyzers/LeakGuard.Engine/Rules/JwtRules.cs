using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JwtRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "Jwt:Token", "JWT_TOKEN");

    // "eyJ" is base 64 for '{"', so a JWT is "eyJ" header, "eyJ" payload and a signature. It may be a short-lived
    // token, so Medium.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "jwt",
            "JWT",
            "JSON Web Token",
            Patterns.Token("eyJ[A-Za-z0-9_-]{10,1000}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{16,1000}", Patterns.UrlSafe + "."),
            new[] { "eyJ" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
        },
    };
}
