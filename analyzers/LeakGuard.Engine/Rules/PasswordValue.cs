using System;
using System.Collections.Generic;
using System.Text;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// How settings and code write a password under its name, and what the value must look like to be reported: not a
/// demo, a name or code.
/// </summary>
internal static class PasswordValue
{
    /// <summary>
    /// What stands between a password's name and its value: an assignment (=, :, :=, =>, Make's ?=, += and ::=, PHP's .=),
    /// after the name's closing quote (escaped too, inside a JSON string) or bracket (C#'s ["Password"] = "…"), and
    /// after the spaces that line up a block's values (terraform fmt's, Go's); also .NET's appSettings entries (an add
    /// element's key and value), VB's fields declared As String, TypeScript's, Python's and Bicep's typed declarations
    /// ("password: string = …", "password: str = …", "param adminPassword string = …") and C#'s auto-properties with an
    /// initializer.
    /// </summary>
    public const string Assignment =
        "(?:[ \\t]{1,3}As[ \\t]{1,3}String|[ \\t]{0,3}:?[ \\t]{1,3}str(?:ing)?|[ \\t]{0,3}\\{[ \\t]{0,3}get;[ \\t]{0,3}(?:(?:private[ \\t]{1,3})?(?:set|init);[ \\t]{0,3})?\\})?"
        + "(?:\\\\{0,2}[\"'`])?\\]?[ \\t]{0,40}(?:value[ \\t]{0,3})?(?:::=|:=|=>|[.+?]?=|:)[ \\t]{0,5}";

    /// <summary>
    /// A quoted value (JSON, C#, YAML; escaped inside a JSON string; C#'s @"…" and $"…", Python's b'…' and r'…') that
    /// starts like no template hole or reference ("{pwd}", "${SMTP_PASS}", "&lt;password&gt;", "[password]"). A value
    /// may start with '%' (a generated password often does); <see cref="IsNoName"/> tells "%PASS%" and "%(pw)s" apart.
    /// </summary>
    public const string Quoted =
        "(?:[@$]{1,2}|[bru]{1,2})?\\\\{0,2}[\"'`](?<secret>[^\"'`\\r\\n{$<\\[\\\\][^\"'`\\r\\n]{4,62}[^\"'`\\r\\n\\\\])\\\\{0,2}[\"'`]";

    /// <summary>
    /// A .env line or an unquoted YAML value that ends its line (or a block comment: "Password: … */"); not code's "smtp_password=dict(no_log=True),",
    /// "this.smtp_password = data.smtp_password;" or "\"password\": auth[1]}". A '#' or '=' inside the value is part of
    /// it: YAML, .env files and properties start a comment only at a '#' after a space, and '=' is a symbol like others.
    /// </summary>
    public const string Unquoted = "(?<secret>[^\\s\"'`#{$<\\[,;()=][^\\s\"'`,;()\\[\\]{}]{5,63})[ \\t]*(?:\\r|\\n|$|\\*/)";

    // How a hash's or an encrypted value's text starts.
    private static readonly string[] StandInPrefixes = { "sha1:", "sha256:", "sha512:", "argon2:", "pbkdf2", "md5:", "scrypt:", "{ssha", "{sha", "{crypt}", "enc(", "vault:", "secret:" };

    // What a schema or code writes where a password goes: a type, an empty value, an OpenAPI example's "string".
    private static readonly HashSet<string> CodeWords = new(StringComparer.OrdinalIgnoreCase) { "string", "undefined", "null", "none", "nil", "true", "false", "required", "optional" };

    /// <summary>
    /// Whether <paramref name="value"/> may be a password someone wrote: no demo password, no constant's, variable's
    /// or type's name, nothing named after a password.
    /// </summary>
    public static bool IsWritten(string value) => IsNoName(value) && !Plausibility.IsCodeIdentifier(value);

    /// <summary>
    /// Whether <paramref name="value"/> is no demo password, no constant's or snake-case variable's name, no type and
    /// nothing named after a password. A camel-case name with digits ("HarborLight79") may be a person's password.
    /// </summary>
    public static bool IsNoName(string value) =>
        !DemoPasswords.Contains(value)
        && !Plausibility.IsConstantName(value)
        && !DemoPasswords.SpellsPassword(value)
        && !GenericValue.IsEncodedText(value)
        && !CodeWords.Contains(value)
        && !IsSnakeCaseName(value)
        && !IsTemplateHole(value);

    /// <summary>
    /// Whether <paramref name="value"/> stands for a password without being it: a hash (Jupyter's "sha1:…", "argon2:…",
    /// an LDAP "{SSHA}…"), a value encrypted for the config (Jasypt's "ENC(…)", "vault:…", OpenSSL's "U2FsdGVkX1…"),
    /// base 64 of prose (an .npmrc's _password of "not my real password"), a name ("scram-sha-256", "my_db_pass2") or
    /// a member of the code ("settings.DbPwd2").
    /// </summary>
    public static bool IsStandIn(string value)
    {
        foreach (var prefix in StandInPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsModularCryptHash(value) || GenericValue.IsCiphertextOrHash(value) || GenericValue.IsEncodedText(value) || GenericValue.IsIdentifierLike(value) || GenericValue.IsNamedMemberAccess(value);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a password hash in the modular crypt format: "$2a$10$…" (bcrypt, as Argo CD's
    /// admin.password and htpasswd hold it), "$argon2id$…", "$6$…" (shadow), "$apr1$…". What it hashes is the secret.
    /// </summary>
    public static bool IsModularCryptHash(string value)
    {
        if (value.Length < 20 || value[0] != '$')
        {
            return false;
        }

        var end = value.IndexOf('$', 1);
        if (end < 2 || end > 10)
        {
            return false;
        }

        for (var i = 1; i < end; i++)
        {
            if (!(char.IsLetterOrDigit(value[i]) && value[i] < 128) && value[i] != '-')
            {
                return false;
            }
        }

        return value.IndexOf('$', end + 1) > end;
    }

    /// <summary>What every rule that takes a password by its name or its place asks of it: <see cref="IsNoName"/> and <see cref="IsStrong"/>.</summary>
    public static bool IsStrongAndNoName(string value) => IsNoName(value) && IsStrong(value);

    /// <summary>
    /// Whether <paramref name="value"/> is made as password policies make passwords: eight characters or more, with
    /// digits, of three kinds of lower-case and upper-case letters, digits and symbols; or long and of random letters
    /// of both cases. A label ("Confirmez-le"), a word or a hex digest ("5f4dcc3b…") is not; nor is a path
    /// ("/var/lib/app2") or a pattern ("^(?=.*\d).{8,}$").
    /// </summary>
    public static bool IsStrong(string value)
    {
        value = Unescaped(value);
        if (value.Length < 8 || value.Length > 64 || IsPath(value) || value[0] is '^' || value.IndexOf("(?", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            lower |= c is >= 'a' and <= 'z';
            upper |= c is >= 'A' and <= 'Z';
            digit |= c is >= '0' and <= '9';
            symbol |= !char.IsLetterOrDigit(c);
        }

        return digit ? (lower ? 1 : 0) + (upper ? 1 : 0) + (symbol ? 1 : 0) >= 2 : lower && upper && !symbol && IsRandomLetters(value);
    }

    /// <summary>
    /// Letters of both cases drawn at random, as generators make a password without digits ("lrDSneRoTRBkHnDZBpHT"):
    /// sixteen or more, the case changing five times or more, neither words nor a name in code.
    /// </summary>
    private static bool IsRandomLetters(string value)
    {
        var changes = 0;
        for (var i = 1; i < value.Length; i++)
        {
            changes += char.IsUpper(value[i]) != char.IsUpper(value[i - 1]) ? 1 : 0;
        }

        return value.Length >= 16 && changes >= 5 && !Plausibility.IsMostlyWords(value) && !Plausibility.IsCodeIdentifier(value);
    }

    /// <summary>A template's or a format's hole: "%DB_PASSWORD%", "%(password)s", "%{pw}", "%s".</summary>
    private static bool IsTemplateHole(string value)
    {
        if (value[0] != '%')
        {
            return false;
        }

        if (value.Length < 3 || value[1] is '(' or '{')
        {
            return true;
        }

        var end = 1;
        while (end < value.Length && (char.IsLetterOrDigit(value[end]) || value[end] is '_' or '.' or ':' or '-'))
        {
            end++;
        }

        return end < value.Length && value[end] == '%';
    }

    /// <summary>The text a Java properties file or a JSON string writes with \\u escapes ("Contrase\\u00f1a").</summary>
    private static string Unescaped(string value)
    {
        if (value.IndexOf("\\u", StringComparison.Ordinal) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 6 <= value.Length && value[i + 1] == 'u' && HexAt(value, i + 2) is { } code)
            {
                text.Append(code);
                i += 5;
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    private static char? HexAt(string value, int at)
    {
        var code = 0;
        for (var i = at; i < at + 4; i++)
        {
            var digit = value[i] switch
            {
                >= '0' and <= '9' => value[i] - '0',
                >= 'a' and <= 'f' => value[i] - 'a' + 10,
                >= 'A' and <= 'F' => value[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }

            code = (code * 16) + digit;
        }

        return (char)code;
    }

    /// <summary>A Unix path ("/var/lib/app2"), a Windows one ("C:\Users\svc1", "\\host\share") or a URL.</summary>
    private static bool IsPath(string value) =>
        GenericValue.IsPathLike(value)
        || value.StartsWith("\\\\", StringComparison.Ordinal)
        || (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && value[2] == '\\');

    /// <summary>"sim_auth", "smtp_auth_password": a variable's name where code assigns one to the password.</summary>
    private static bool IsSnakeCaseName(string value)
    {
        var underscore = false;
        foreach (var c in value)
        {
            if (c == '_')
            {
                underscore = true;
            }
            else if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return underscore && value[0] != '_' && value[value.Length - 1] != '_';
    }
}
