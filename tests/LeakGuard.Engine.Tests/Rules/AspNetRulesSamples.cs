using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AspNetRulesSamples
{
    internal static readonly string ValidationKey = FakeKey.Random(TestKeys.UpperHex, 128, 61);

    internal static readonly string DecryptionKey = FakeKey.Random(TestKeys.UpperHex, 64, 62);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("aspnet-machine-key", "the validation key of web.config", $"<system.web>\n  <machineKey validationKey=\"{ValidationKey}\" validation=\"HMACSHA256\" />\n</system.web>", ValidationKey)
        .FindsIn("aspnet-machine-key", "the decryption key", $"<machineKey decryption=\"AES\" decryptionKey=\"{DecryptionKey}\" />", DecryptionKey)
        .FindsIn("aspnet-machine-key", "lower-case hex", $"<machineKey validationKey='{ValidationKey.ToLowerInvariant()[..40]}' />", ValidationKey.ToLowerInvariant()[..40])
        .Ignores("aspnet-machine-key", "the default", "<machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" />")
        .Ignores("aspnet-machine-key", "a documentation placeholder", $"<machineKey validationKey=\"{ValidationKey[..4]}EXAMPLE{ValidationKey[11..]}\" />")
        .Ignores("aspnet-machine-key", "an odd number of digits", $"<machineKey validationKey=\"{ValidationKey[..41]}\" />")
        .Ignores("aspnet-machine-key", "no machineKey element near", $"<add name=\"validator\" validationKey=\"{ValidationKey[..40]}\" />");
}
