using System;
using System.Collections.Generic;
using System.Text;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Passwords that products ship as defaults or documentation and tests use as examples ("postgres", "guest",
/// "masterkey", "hunter2"): written in a URL, a connection string or a Basic header they are not worth an alarm.
/// </summary>
internal static class DemoPasswords
{
    private static readonly HashSet<string> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "secret", "root", "admin", "administrator", "guest", "user", "username",
        "test", "default", "changeme", "changeit", "postgres", "mysql", "redis", "mongo", "rabbitmq", "masterkey",
        "p4ssw0rd", "passw0rd", "p@ssw0rd", "p@ssword", "pa55word", "pa55word!", "pa55w0rd", "hunter2", "letmein", "qwerty", "secret123", "password1",
        "password1!", "password123",

        // The first digits, as tests of URL parsers and tutorials write a password.
        "123", "1234", "12345", "123456",

        // The Kubernetes documentation's example Secret.
        "1f2d1e2e67df",

        // SQL Server's in the eShop samples' compose files and settings, cloned into countless .NET repositories.
        "pass@word", "pass@word1",

        // The shared cluster of MongoDB University's first course, whose credentials the course publishes.
        "m001-mongodb-basics",

        // The placeholders of connectionstrings.com and Microsoft's docs ("Password=myPassword;"), and in Portuguese.
        "mypassword", "mypass", "mypwd", "senha", "sua_senha", "minha_senha",

        // redis.conf's example requirepass, and the pair tests write after "abc123".
        "foobared", "def456",

        // Nexus Repository's default administrator password.
        "admin123",

        // RFC 7617's Basic example ("Aladdin:open sesame") as READMEs write it, and MDN's URL.password example.
        "open sesame", "opensesame", "flabada",

        // RFC 6749's resource owner password grant example ("username=johndoe&password=A3ddj3w").
        "a3ddj3w",
    };

    private static readonly HashSet<string> DressedUpWords = new(StringComparer.Ordinal)
    {
        "password", "passwort", "passw", "pass", "admin", "administrator", "welcome", "letmein", "changeme", "secret",
        "qwerty", "default", "test", "root", "guest", "master", "login", "iloveyou", "monkey", "dragon", "abc",
    };

    private static readonly string[] PasswordSuffixes = { "password", "passwd", "pass", "_pwd", "_pw" };

    /// <summary>
    /// A demo password: a default or example one, one named after what it opens ("app_password", "orders_pw",
    /// "redis_pw", "authpassword", "somepassword", "proxypass", OpenStack's install guides' "KEYSTONE_DBPASS"), as
    /// compose files, samples and READMEs write them, or one of their words dressed up ("s3cr3t", "Admin@123").
    /// </summary>
    public static bool Contains(string value) => Values.Contains(value) || IsNamedAfterItself(value) || IsDressedUp(value);

    /// <summary>
    /// Whether <paramref name="value"/> is one of the words every default or demo password is made of, dressed up as
    /// password policies ask: letters swapped for look-alike digits and symbols, a capital, digits and symbols after it
    /// or inside it ("P@55w0rd!", "Welcome1!", "Admin@123", "Ch@ngeMe2024", "p@ss:word").
    /// </summary>
    private static bool IsDressedUp(string value)
    {
        var end = value.Length;
        while (end > 0 && !char.IsLetter(value[end - 1]))
        {
            end--;
        }

        var word = new StringBuilder(end);
        for (var i = 0; i < end; i++)
        {
            var c = Unswap(value[i]);
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        return DressedUpWords.Contains(word.ToString());
    }

    /// <summary>
    /// Whether <paramref name="value"/> spells "password", letters swapped or not: "SuperSecretPassw0rd",
    /// "s0/\\/\\P4$$w0rD". A value named after what it stands for is a demo's.
    /// </summary>
    public static bool SpellsPassword(string value)
    {
        var word = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            word.Append(char.ToLowerInvariant(Unswap(c)));
        }

        return word.ToString().IndexOf("password", StringComparison.Ordinal) >= 0;
    }

    private static char Unswap(char c) => c switch
    {
        '@' or '4' => 'a',
        '$' or '5' => 's',
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '7' => 't',
        _ => c,
    };

    private static bool IsNamedAfterItself(string value)
    {
        foreach (var suffix in PasswordSuffixes)
        {
            if (value.Length > suffix.Length && value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 0; i < value.Length - suffix.Length; i++)
                {
                    if (!(char.IsLetter(value[i]) || value[i] == '_'))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is base 64 of "user:password" whose password is a demo password or a placeholder
    /// ("1234567890abcdef…", as READMEs fill in a client secret).
    /// </summary>
    public static bool IsBasicCredential(string value)
    {
        var trimmed = value.TrimEnd('=');
        if (trimmed.Length == 0 || value.Length % 4 != 0 || !IsBase64(trimmed))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        var colon = decoded.IndexOf(':');
        var password = decoded.Substring(colon + 1);
        return colon > 0 && (Contains(password) || Placeholders.IsPlaceholder(password, madeByPeople: true));
    }

    private static bool IsBase64(string value)
    {
        foreach (var c in value)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
