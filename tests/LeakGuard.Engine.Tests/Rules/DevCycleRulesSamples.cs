using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DevCycleRulesSamples
{
    private static readonly string Key = FakeKey.Of("dvc_", "server_", FakeKey.Random(FakeKey.Hex, 8, 1), "_", FakeKey.Random(FakeKey.Hex, 4, 2), "_4", FakeKey.Random(FakeKey.Hex, 3, 3), "_a", FakeKey.Random(FakeKey.Hex, 3, 4), "_", FakeKey.Random(FakeKey.Hex, 12, 5), "_", FakeKey.Random(FakeKey.Hex, 7, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("devcycle-server-sdk-key", Key, "DEVCYCLE_SERVER_SDK_KEY")
        .FindsIn("devcycle-server-sdk-key", "the Node.js SDK", $"const devcycleClient = initializeDevCycle('{Key}')", Key)
        .Ignores("devcycle-server-sdk-key", "a client SDK key, public by design", $"NEXT_PUBLIC_DEVCYCLE_CLIENT_SDK_KEY={Key.Replace("server", "client")}");
}
