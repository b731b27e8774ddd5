using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClickHouseRulesSamples
{
    private static readonly string Secret = FakeKey.Of("4b", "1d", FakeKey.Random(FakeKey.Base62, 38, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clickhouse-cloud-api-secret-key", Secret, "CLICKHOUSE_KEY_SECRET")
        .Ignores("clickhouse-cloud-api-secret-key", "not the start of a word", $"key = adf{Secret}")
        .Ignores("clickhouse-cloud-api-secret-key", "hex digits of a hash", $"value: 4b1d{FakeKey.Random(FakeKey.Hex, 38, 2)}")
        .Ignores("clickhouse-cloud-api-secret-key", "one character short", $"value: {Secret[..^1]}");
}
