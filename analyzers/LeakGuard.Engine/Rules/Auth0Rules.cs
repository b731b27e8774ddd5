using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Auth0Rules
{
    private static readonly Remediation Remediation = new("https://manage.auth0.com/#/applications", "AuthZero:ClientSecret", "AUTH0_CLIENT_SECRET");

    private static readonly string[] Auth0ClientSecretContext = { "auth0" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "auth0-client-secret",
            "Auth0",
            "Auth0 client secret (64 characters next to the word Auth0)",
            Patterns.Token("[A-Za-z0-9_-]{64}"),
            Auth0ClientSecretContext,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
