using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TypeformRulesSamples
{
    private static readonly string TypeformPatKey = FakeKey.Of("tf", "p_", FakeKey.Random(FakeKey.Base62, 44, 1), "_", FakeKey.Random(FakeKey.Base62, 14, 2));

    private static readonly string ShorterPatKey = FakeKey.Of("tf", "p_", FakeKey.Random(FakeKey.Base62, 43, 3), "_", FakeKey.Random(FakeKey.Base62, 12, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("typeform-pat", TypeformPatKey, "API_KEY")
        .Ignores("typeform-pat", "a second part shorter than a token's", $"value: {TypeformPatKey[..^5]}")
        .FindsIn("typeform-pat", "a token of 43 and 12 characters", $"Authorization: Bearer {ShorterPatKey}", ShorterPatKey)
        .Ignores("typeform-pat", "no second part", $"value: {TypeformPatKey[..48]}")
        .Ignores("typeform-pat", "embedded in a longer token", "value: Q" + TypeformPatKey);
}
