using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CursorRulesSamples
{
    private static readonly string Key = FakeKey.Of("ke", "y_", FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cursor-api-key", Key, "CURSOR_API_KEY")
        .Ignores("cursor-api-key", "no Cursor context", $"value: {Key}");
}
