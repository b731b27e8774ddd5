using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AdafruitRulesSamples
{
    private static readonly string Key = FakeKey.Of("aio", "_", FakeKey.Random(FakeKey.Base62, 28, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("adafruit-io-key", Key, "ADAFRUIT_IO_KEY")
        .FindsIn("adafruit-io-key", "an Arduino sketch", $"#define IO_USERNAME \"maker\"\n#define IO_KEY \"{Key}\"", Key)
        .Ignores("adafruit-io-key", "27 characters", $"value: {Key[..^1]}")
        .Ignores("adafruit-io-key", "embedded in a longer token", $"value: {Key}Q")
        .Ignores("adafruit-io-key", "no digit", $"value: aio_{FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 28, 2)}");
}
