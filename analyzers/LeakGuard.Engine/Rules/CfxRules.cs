using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CfxRules
{
    private static readonly Remediation Remediation = new("https://portal.cfx.re/servers/registration-keys", "Cfx:LicenseKey", "CFX_LICENSE_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // sv_licenseKey in a game server's server.cfg, which hobby repositories commit whole.
        new SecretRule(
            "cfxre-server-key",
            "Cfx.re",
            "Cfx.re (FiveM, RedM) server license key (cfxk_)",
            Patterns.Token("cfxk_[A-Za-z0-9]{18,24}_[A-Za-z0-9]{4,7}", Patterns.Base62),
            new[] { "cfxk_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
