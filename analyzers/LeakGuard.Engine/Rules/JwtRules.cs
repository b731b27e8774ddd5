using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JwtRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "Jwt:Token", "JWT_TOKEN");

    // "eyJ" is base 64 for '{"', so a JWT is "eyJ" header, "eyJ" payload and a signature. It may be a short-lived
    // token, so Medium. The bounds keep the automaton under the non-backtracking engine's size limit: a payload over
    // 1000 characters or a signature over 700 (RSA keys above 4096 bits) is not matched.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "jwt",
            "JWT",
            "JSON Web Token",
            Patterns.Token("eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{16,700}", Patterns.UrlSafeOrDot),
            new[] { "eyJ" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
        },
    };
}
