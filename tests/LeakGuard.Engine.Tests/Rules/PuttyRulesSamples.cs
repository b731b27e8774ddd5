using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PuttyRulesSamples
{
    private static readonly string PrivateLines = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 64, 1), "\n", FakeKey.Random(FakeKey.Base64, 64, 2), "\n", FakeKey.Random(FakeKey.Base64, 20, 3), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("putty-private-key", "a .ppk file", KeyFile("none", "\n"), PrivateLines)
        .FindsIn("putty-private-key", "a .ppk file with Windows line ends", KeyFile("none", "\r\n"), PrivateLines.Replace("\n", "\r\n", System.StringComparison.Ordinal))
        .Ignores("putty-private-key", "saved with a passphrase", KeyFile("aes256-cbc", "\n"));

    private static string KeyFile(string encryption, string newLine) =>
        string.Join(
            newLine,
            "PuTTY-User-Key-File-2: ssh-rsa",
            "Encryption: " + encryption,
            "Comment: rsa-key-20260105",
            "Public-Lines: 2",
            FakeKey.Random(FakeKey.Base64, 64, 4),
            FakeKey.Random(FakeKey.Base64, 40, 5),
            "Private-Lines: 3",
            PrivateLines.Replace("\n", newLine, System.StringComparison.Ordinal),
            "Private-MAC: " + FakeKey.Random(FakeKey.Hex, 40, 6),
            string.Empty);
}
