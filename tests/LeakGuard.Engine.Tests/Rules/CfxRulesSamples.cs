using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CfxRulesSamples
{
    private static readonly string Key = FakeKey.Of("cfxk", "_", FakeKey.Random(FakeKey.Base62, 20, 62), "_", FakeKey.Random(FakeKey.Base62, 6, 63));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("cfxre-server-key", "server.cfg", $"sv_licenseKey \"{Key}\"\n", Key)
        .Ignores("cfxre-server-key", "a placeholder", "sv_licenseKey \"cfxk_xxxxxxxxxxxxxxxxxxxx_xxxxxx\"");
}
