using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EntraIdRulesSamples
{
    private static readonly string EntraClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 3, 1), "8Q", "~", FakeKey.Random(FakeKey.UrlSafe, 34, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("entra-client-secret", EntraClientSecretKey, "API_KEY")
        .Ignores("entra-client-secret", "embedded in a longer token", "value: Q" + EntraClientSecretKey)
        .Ignores("entra-client-secret", "one character below the minimum length", $"value: {EntraClientSecretKey[..36]}");
}
