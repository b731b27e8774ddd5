using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TelnyxRulesSamples
{
    private static readonly string Key = FakeKey.Of("KE", "Y", FakeKey.Random("0123456789ABCDEF", 32, 1), "_", FakeKey.Random(FakeKey.Base62, 22, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("telnyx-api-key", Key, "TELNYX_API_KEY")
        .FindsIn("telnyx-api-key", "the Node client", $"const telnyx = require('telnyx')('{Key}');", Key)
        .Ignores("telnyx-api-key", "no Telnyx context", $"value: {Key}");
}
