using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PuttyRules
{
    private static readonly Remediation Remediation = new("https://the.earth.li/~sgtatham/putty/latest/htmldoc/Chapter8.html", "Ssh:PrivateKeyPath", "SSH_PRIVATE_KEY_PATH")
    {
        Steps = new[]
        {
            "Remove the key's public half from every server and service that trusts it (authorized_keys, Git hosts, cloud consoles), then generate a new key with PuTTYgen, with a passphrase.",
            "Keep .ppk files out of the repository; give CI a key through its secret variables or an SSH agent.",
        },
    };

    // A PuTTY key file (.ppk) saved without a passphrase: its private lines are the key itself (up to 54 of them, for
    // RSA-8192). Encrypted ones are left alone: their private lines are useless without the passphrase.
    private const string Line = "[A-Za-z0-9+/=]{1,64}";

    // A line break as the file has it, indented under a YAML block scalar, or written as "\n" inside a JSON, C# or
    // Terraform string.
    private const string NewLine = "(?:\\r?\\n[ \\t]{0,12}|(?:\\\\r)?\\\\n)";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "putty-private-key",
            "PuTTY",
            "PuTTY private key file (.ppk) saved without a passphrase",
            "PuTTY-User-Key-File-[23]: [A-Za-z0-9@.-]{3,40}" + NewLine + "Encryption: none" + NewLine + "Comment: [^\\r\\n\\\\]{0,200}" + NewLine
                + "Public-Lines: [0-9]{1,3}" + NewLine + "(?:" + Line + NewLine + "){1,40}Private-Lines: [0-9]{1,3}" + NewLine
                + "(?<secret>" + Line + "(?:" + NewLine + Line + "){0,64})" + NewLine + "Private-MAC: ",
            new[] { "PuTTY-User-Key-File-" },
            Remediation)
        {
            MinEntropy = 3.5,
            SkipPlaceholders = false,
            MadeLocally = true,
        },
    };
}
