using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OAuthClientSecretRules
{
    private static readonly Remediation Remediation = new("https://www.oauth.com/oauth2-servers/client-registration/client-id-secret/", "Authentication:ClientSecret", "OAUTH_CLIENT_SECRET")
    {
        Steps = new[]
        {
            "Create a new client secret at the identity provider (Keycloak, Okta, Entra ID, Auth0…) and delete the old one: with the client id, it gets tokens in the application's name.",
            "Read the secret from configuration (user secrets, an environment variable or a key vault) instead of the file.",
        },
    };

    // An OAuth or OpenID Connect client's secret in the settings that hand it to the client library: Spring Security's
    // ….client-secret, Quarkus's quarkus.oidc.credentials.secret, a client_secret or clientSecret setting. Only a value
    // that reads as random counts (a provider's own format is its rule's), so documentation's "secret" and "changeit" do
    // not; the whole name is matched, so that one saying what the secret became ("rcloneEncryptedClientSecret") is left
    // out as the generic rule leaves it.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "oauth-client-secret",
            "Generic",
            "OAuth or OpenID Connect client secret in settings (client-secret, client_secret, oidc credentials.secret)",
            Patterns.AssignedTo("(?:[a-z0-9]{1,30}[_-]?)?(?:client[_-]?secret|credentials\\.secret)", "[A-Za-z0-9_~.+/=-]{20,128}", "A-Za-z0-9._~+/=-"),
            new[] { "client_secret", "client-secret", "clientsecret", "credentials.secret" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = value => GenericValue.IsPlausible(value) && Plausibility.IsRandomBase62(value.Replace("-", string.Empty).Replace("_", string.Empty)),
            Allowlist = GenericRules.NotSecretNames,
            MadeLocally = true,
            IsFallback = true,
        },
    };
}
