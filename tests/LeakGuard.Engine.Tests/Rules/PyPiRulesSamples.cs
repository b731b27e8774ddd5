using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PyPiRulesSamples
{
    private static readonly string PypiTokenKey = FakeKey.Of("py", "pi-", "AgEIcHlwaS5vcmc", FakeKey.Random(FakeKey.UrlSafe, 150, 1));

    private static readonly string LongPypiToken = FakeKey.Of("py", "pi-", "AgEIcHlwaS5vcmc", FakeKey.Random(FakeKey.UrlSafe, 600, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pypi-token", PypiTokenKey, "API_KEY")
        .FindsIn("pypi-token", "a scoped token with caveats, over 300 characters", $"password = {LongPypiToken}", LongPypiToken)
        .Ignores("pypi-token", "embedded in a longer token", "value: Q" + PypiTokenKey)
        .Ignores("pypi-token", "one character below the minimum length", $"value: {PypiTokenKey[..69]}");
}
