using System.Linq;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PuttyRulesSamples
{
    private static readonly string PrivateLines = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 64, 1), "\n", FakeKey.Random(FakeKey.Base64, 64, 2), "\n", FakeKey.Random(FakeKey.Base64, 20, 3), "=");

    private static readonly string LongPrivateLines = string.Join("\n", Enumerable.Range(10, 54).Select(seed => FakeKey.Random(FakeKey.Base64, 64, seed)));

    private static readonly string LongKeyFile = string.Join(
        "\n",
        "PuTTY-User-Key-File-3: ssh-rsa",
        "Encryption: none",
        "Comment: rsa-key-8192",
        "Public-Lines: 22",
        string.Join("\n", Enumerable.Range(100, 22).Select(seed => FakeKey.Random(FakeKey.Base64, 64, seed))),
        "Private-Lines: 54",
        LongPrivateLines,
        "Private-MAC: " + FakeKey.Random(FakeKey.Hex, 64, 7),
        string.Empty);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("putty-private-key", "a .ppk file", KeyFile("none", "\n"), PrivateLines)
        .FindsIn("putty-private-key", "a .ppk file with Windows line ends", KeyFile("none", "\r\n"), PrivateLines.Replace("\n", "\r\n", System.StringComparison.Ordinal))
        .Ignores("putty-private-key", "saved with a passphrase", KeyFile("aes256-cbc", "\n"))
        .FindsIn("putty-private-key", "a key escaped in a JSON string", $"{{ \"ppk\": \"{KeyFile("none", "\\n")}\" }}", PrivateLines.Replace("\n", "\\n", System.StringComparison.Ordinal))
        .FindsIn("putty-private-key", "a key in a YAML block, indented", $"deploy:\n  key: |\n    {KeyFile("none", "\n    ")}", PrivateLines.Replace("\n", "\n    ", System.StringComparison.Ordinal))
        .FindsIn("putty-private-key", "an RSA-8192 key's 54 private lines", LongKeyFile, LongPrivateLines);

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
