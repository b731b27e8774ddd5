using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CoralogixRulesSamples
{
    private static readonly string CoralogixApiKeyKey = FakeKey.Of("cx", "tp_", FakeKey.Random(FakeKey.Base62, 30, 1));

    private static readonly string PersonalKey = FakeKey.Of("cx", "up_", FakeKey.Random(FakeKey.Base62, 30, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("coralogix-api-key", CoralogixApiKeyKey, "API_KEY")
        .Ignores("coralogix-api-key", "one character short", $"value: {CoralogixApiKeyKey[..^1]}")
        .Ignores("coralogix-api-key", "embedded in a longer token", "value: Q" + CoralogixApiKeyKey)
        .Finds("coralogix-api-key", PersonalKey, "CORALOGIX_API_KEY");
}
