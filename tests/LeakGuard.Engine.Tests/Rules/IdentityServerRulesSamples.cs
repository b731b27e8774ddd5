using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IdentityServerRulesSamples
{
    private static readonly string Secret = FakeKey.Of("XJw", FakeKey.Random(FakeKey.UrlSafe, 32, 1), "r6R");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("identityserver-client-secret", "a client in code", $"new Client\n{{\n    ClientId = \"settlement\",\n    AllowedGrantTypes = GrantTypes.ClientCredentials,\n    ClientSecrets = {{ new Secret(\"{Secret}\".Sha256()) }},\n}}", Secret)
        .FindsIn("identityserver-client-secret", "IdentityModel's ToSha256", $"ClientSecrets = new List<Secret> {{ new Secret(\"{Secret}\".ToSha256()) }};", Secret)
        .Ignores("identityserver-client-secret", "the quickstart's word and a secret from configuration", "ClientSecrets = { new Secret(\"secret\".Sha256()) },\nClientSecrets = { new Secret(configuration[\"Clients:Api:Secret\"].Sha256()) },");
}
