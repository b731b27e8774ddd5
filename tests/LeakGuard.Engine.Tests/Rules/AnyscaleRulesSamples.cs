using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AnyscaleRulesSamples
{
    private static readonly string AnyscaleApiKeyKey = FakeKey.Of("esec", "ret_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("anyscale-api-key", AnyscaleApiKeyKey, "API_KEY")
        .Ignores("anyscale-api-key", "embedded in a longer token", "value: Q" + AnyscaleApiKeyKey)
        .Ignores("anyscale-api-key", "one character below the minimum length", $"value: {AnyscaleApiKeyKey[..27]}");
}
