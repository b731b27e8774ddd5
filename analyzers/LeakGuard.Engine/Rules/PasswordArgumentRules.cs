using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PasswordArgumentRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:Password", "APP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password wherever it opens something (the database, the directory, the mail server, the certificate's key): it is in every clone of the repository.",
            "Read it from configuration (user secrets in development, an environment variable or a key vault in production) and pass that to the call.",
        },
    };

    // Whitespace inside a call, line breaks included: arguments are often one to a line.
    private const string Space = "[ \\t\\r\\n]{0,40}";

    // An argument before the password: a string literal (an LDAP DN holds commas), anything else but a comma, or one
    // call inside it (Path.Combine(dir, "app.pfx")).
    private const string Argument = "(?:\"[^\"\\r\\n]{0,160}\"|'[^'\\r\\n]{0,160}'|[^,;()\\r\\n]{1,160}|[^,;()\\r\\n]{0,60}\\([^;()\\r\\n]{0,160}\\)[^,;()\\r\\n]{0,20})";

    private const string Next = Space + "," + Space;

    // The password as a string literal (C#'s @"…" and Python's r'…' too) that the call's next argument or its end follows.
    private const string Literal = "(?:@|[rbu]{1,2})?[\"'](?<secret>[^\"'\\\\\\r\\n]{6,64})[\"']" + Space + "[,)]";

    // Java's char[] password: "…".toCharArray().
    private const string CharArray = "\"(?<secret>[^\"\\\\\\r\\n]{6,64})\"\\.toCharArray\\(\\)";

    // The APIs whose argument at that place is a password, whatever the code calls the variables around it: JDBC's
    // DriverManager.getConnection(url, user, password), PHP's new PDO(dsn, user, password) and mysqli(host, user,
    // password), an LDAP bind (Go's and .NET's conn.Bind(dn, password), python-ldap's simple_bind_s), a certificate's
    // key (new X509Certificate2(file, password), X509CertificateLoader.LoadPkcs12FromFile), a Java key store's
    // load(stream, "…".toCharArray()), and smtplib's, ftplib's and imaplib's login(user, password).
    private const string Pattern =
        "(?:DriverManager\\.getConnection|new[ \\t]{1,3}PDO|mysqli_connect|new[ \\t]{1,3}mysqli)\\(" + Space + Argument + Next + Argument + Next + Literal
        + "|(?:\\.Bind|\\.simple_bind_s|\\.simple_bind|\\.bind_s|\\.login)\\(" + Space + Argument + Next + Literal
        + "|(?:new[ \\t]{1,3}(?:[A-Za-z0-9_]{1,40}\\.){0,6}X509Certificate2?|X509CertificateLoader\\.LoadPkcs12(?:FromFile)?)\\(" + Space + Argument + Next + Literal
        + "|\\.(?:load|getKey|init|setKeyEntry)\\(" + Space + Argument + Next + CharArray;

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "password-argument",
            "Generic",
            "Password passed as a literal to an API that takes one (JDBC getConnection, PDO, mysqli, LDAP bind, X509Certificate2, KeyStore.load, smtplib login)",
            Pattern,
            new[] { "getConnection", "PDO", "mysqli", "Bind(", "bind_s(", "simple_bind", "login(", "X509Certificate", "toCharArray" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.8,
            IsPlausible = PasswordValue.IsStrongAndNoName,
            MadeLocally = true,
        },
    };
}
