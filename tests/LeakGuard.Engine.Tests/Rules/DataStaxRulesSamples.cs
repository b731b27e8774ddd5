using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DataStaxRulesSamples
{
    private static readonly string Key = FakeKey.Of("Astra", "CS:", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 24, 1), ":", FakeKey.Random(FakeKey.Hex, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("datastax-astra-token", Key, "ASTRA_DB_APPLICATION_TOKEN")
        .Ignores("datastax-astra-token", "one digit short", $"token: {Key[..^1]}")
        .Ignores("datastax-astra-token", "a placeholder", "ASTRA_DB_APPLICATION_TOKEN=AstraCS:...");
}
