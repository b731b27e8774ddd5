using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AspNetRules
{
    private static readonly string[] Context = { "machineKey" };

    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/microsoft-365/compliance/sit-defn-asp-net-machine-key",
        "MachineKey:ValidationKey",
        "MACHINE_KEY")
    {
        Steps = new[]
        {
            "Generate new keys (IIS Manager, Machine Key, Generate Keys; or 64 random bytes for validationKey and 32 for decryptionKey) and replace these on every server: whoever has them can forge ViewState and run code on the server, as attacks with keys copied from public code have done.",
            "Keep them out of the repository: set them on the servers (machine.config, or the section encrypted with aspnet_regiis -pe \"system.web/machineKey\") or in the host's settings, not in the committed web.config.",
        },
    };

    // <machineKey validationKey="..." decryptionKey="..."/>: keys are hex, of 20 to 64 bytes for validation and of 8, 24
    // or 32 bytes for decryption; "AutoGenerate,IsolateApps" (the default) is no key.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "aspnet-machine-key",
            "ASP.NET",
            "ASP.NET machine key (validationKey or decryptionKey of <machineKey>), which signs and encrypts ViewState and forms tickets",
            "(?:validationKey|decryptionKey)[ \t]*=[ \t]*[\"'](?<secret>[0-9A-Fa-f]{16,256})[\"']",
            new[] { "validationKey", "decryptionKey" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            MinEntropy = 3,
            IsPlausible = value => value.Length % 2 == 0,
        },
    };
}
