using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IdentityServerRules
{
    private static readonly Remediation Remediation = new("https://docs.duendesoftware.com/identityserver/fundamentals/clients/", "IdentityServer:Clients:ClientSecret", "IDENTITYSERVER_CLIENT_SECRET")
    {
        Steps = new[]
        {
            "Give the client a new secret and remove the old one from the client's ClientSecrets: with the client id, it gets tokens in the client's name.",
            "Load the clients from a store or configuration holding only the secret's hash (Sha256 of it), and give the client application its secret from user secrets or a key vault.",
        },
    };

    // Duende IdentityServer's (and IdentityServer4's) in-code client: ClientSecrets = { new Secret("…".Sha256()) }. The
    // server keeps only the hash, but the literal is the secret the client signs in with.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "identityserver-client-secret",
            "Duende IdentityServer",
            "Client secret written into IdentityServer's client configuration (new Secret(\"…\".Sha256()))",
            "new[ \\t]{1,3}Secret\\([ \\t]{0,3}\"(?<secret>[^\"\\\\\\r\\n]{8,200})\"[ \\t]{0,3}\\.(?:To)?Sha(?:256|512)\\(\\)",
            new[] { "new secret(" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = PasswordValue.IsNoName,
            MadeLocally = true,
        },
    };
}
