using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RapidApiRulesSamples
{
    private static readonly string Key = FakeKey.Of(
        FakeKey.Random(FakeKey.Hex, 10, 1), "ms", "h", FakeKey.Random(FakeKey.Hex, 15, 2), "p", FakeKey.Random(FakeKey.Hex, 6, 3), "js", "n", FakeKey.Random(FakeKey.Hex, 12, 4));

    private static readonly string MashapeKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 10, 5), "msh", FakeKey.Random(FakeKey.Base62, 15, 6), "p1", FakeKey.Random(FakeKey.Base62, 5, 7), "jsn", FakeKey.Random(FakeKey.Base62, 12, 8));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rapidapi-key", Key, "RAPIDAPI_KEY")
        .FindsIn("rapidapi-key", "a request header", $"client.DefaultRequestHeaders.Add(\"X-RapidAPI-Key\", \"{Key}\");", Key)
        .Ignores("rapidapi-key", "jsn one place early", $"value: {Key[..28]}{Key[29..37]}jsn0{Key[40..]}")
        .Ignores("rapidapi-key", "upper-case", $"value: {Key.ToUpperInvariant()}")
        .FindsIn("rapidapi-key", "a Mashape key of both cases", $".header(\"X-Mashape-Key\", \"{MashapeKey}\")", MashapeKey)
        .Ignores("rapidapi-key", "embedded in a longer token", "value: a" + Key);
}
