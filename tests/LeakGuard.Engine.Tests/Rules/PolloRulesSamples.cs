using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PolloRulesSamples
{
    private static readonly string Key = FakeKey.Of("pollo", "_", FakeKey.Random(FakeKey.Base62, 44, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pollo-api-key", Key, "POLLO_API_KEY")
        .FindsIn("pollo-api-key", "a header", $"headers = {{\"x-api-key\": \"{Key}\"}}", Key)
        .Ignores("pollo-api-key", "43 characters", $"value: pollo_{Key[6..49]}");
}
