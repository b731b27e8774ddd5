using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CfxRulesSamples
{
    private static readonly string Key = FakeKey.Of("cfxk", "_", FakeKey.Random(FakeKey.Base62, 20, 62), "_", FakeKey.Random(FakeKey.Base62, 6, 63));

    private static readonly string ShortSuffix = FakeKey.Of("cfxk", "_", FakeKey.Random(FakeKey.Base62, 20, 64), "_", FakeKey.Random(FakeKey.Base62, 5, 65));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("cfxre-server-key", "server.cfg", $"sv_licenseKey \"{Key}\"\n", Key)
        .Ignores("cfxre-server-key", "a placeholder", "sv_licenseKey \"cfxk_xxxxxxxxxxxxxxxxxxxx_xxxxxx\"")
        .FindsIn("cfxre-server-key", "a suffix of 5 characters", $"set sv_licenseKey {ShortSuffix}\n", ShortSuffix);
}
