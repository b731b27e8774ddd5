using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AdafruitRules
{
    private static readonly Remediation Remediation = new("https://io.adafruit.com/", "AdafruitIO:Key", "ADAFRUIT_IO_KEY");

    // An Adafruit IO key ("aio_" and 28 letters and digits) reads and writes every feed of the account: the devices'
    // data and the commands sent to them.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "adafruit-io-key",
            "Adafruit",
            "Adafruit IO key (aio_)",
            Patterns.Token("aio_[A-Za-z0-9]{28}", Patterns.Base62 + "_"),
            new[] { "aio_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
