using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZuploRulesSamples
{
    private static readonly string Key = FakeKey.Of("zp", "ka_", FakeKey.Random(FakeKey.Hex, 32, 1), "_", FakeKey.Random(FakeKey.Hex, 8, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zuplo-api-key", Key, "ACCUWEATHER_API_KEY")
        .FindsIn("zuplo-api-key", "a Bearer header in PHP", $"curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer {Key}']);", Key)
        .Ignores("zuplo-api-key", "one hex digit short", $"value: {Key[..^1]}");
}
