using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RailwayRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("railway-token", Key, "RAILWAY_TOKEN")
        .FindsIn("railway-token", "a workflow's environment", $"    env:\n      RAILWAY_TOKEN: {Key}\n    run: railway up --service web\n", Key)
        .Ignores("railway-token", "a project's id", $"RAILWAY_PROJECT_ID={Key}");
}
