using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DopplerRulesSamples
{
    private static readonly string DopplerPersonalTokenKey = FakeKey.Of("dp.", "pt.", FakeKey.Random(FakeKey.Base62, 43, 1));

    private static readonly string DopplerServiceTokenKey = FakeKey.Of("dp.", "st.", "prd.", FakeKey.Random(FakeKey.Base62, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("doppler-personal-token", DopplerPersonalTokenKey, "API_KEY")
        .Ignores("doppler-personal-token", "embedded in a longer token", "value: Q" + DopplerPersonalTokenKey)
        .Ignores("doppler-personal-token", "the example token of Steampipe's Doppler plugin docs", $"export DOPPLER_TOKEN={FakeKey.Of("dp", ".pt.", "abcdVDI7jCoV92ylJS9y", "XYZO5CZRiGm0WWWnZgsZZih")}")
        .Ignores("doppler-personal-token", "one character below the minimum length", $"value: {DopplerPersonalTokenKey[..45]}")
        .Finds("doppler-service-token", DopplerServiceTokenKey, "API_KEY")
        .Ignores("doppler-service-token", "embedded in a longer token", "value: Q" + DopplerServiceTokenKey)
        .Ignores("doppler-service-token", "one character below the minimum length", $"value: {DopplerServiceTokenKey[..49]}");
}
