using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Auth0RulesSamples
{
    private static readonly string Auth0ClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("auth0-client-secret", Auth0ClientSecretKey, "AUTH0_CLIENT_SECRET")
        .Ignores("auth0-client-secret", "no auth0 context", $"\"checksum\": \"{Auth0ClientSecretKey}\"")
        .Ignores("auth0-client-secret", "one character short", $"auth0: {Auth0ClientSecretKey[..^1]}");
}
