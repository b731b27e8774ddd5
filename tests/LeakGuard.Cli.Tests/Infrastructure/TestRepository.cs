using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LibGit2Sharp;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>
/// A real repository in a temp folder, built commit by commit. Every commit gets an explicit author and a clock one
/// hour after the previous one, so tests never depend on the global git configuration or on timing.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    public const string AuthorName = "Ada Tester";
    public const string AuthorEmail = "ada@example.test";

    private readonly TempFolder folder = new();
    private DateTimeOffset clock = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public TestRepository()
    {
        Repository.Init(folder.Path);
        Repo = new Repository(folder.Path);
    }

    public string Path => folder.Path;

    public Repository Repo { get; }

    public Commit Write(string message, string path, string content) => Commit(message, (path, Encoding.UTF8.GetBytes(content)));

    public Commit Delete(string message, string path) => Commit(message, (path, null));

    public Commit Commit(string message, params (string Path, byte[]? Content)[] changes)
    {
        Apply(changes);
        var signature = NextSignature();
        return Repo.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    public Commit Rename(string message, string from, string to)
    {
        var target = System.IO.Path.Combine(Path, to);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Move(System.IO.Path.Combine(Path, from), target);
        return Commit(message);
    }

    /// <summary>A merge commit of HEAD and <paramref name="other"/> whose tree is HEAD's plus <paramref name="changes"/>: its own resolution.</summary>
    public Commit Merge(string message, Commit other, params (string Path, byte[]? Content)[] changes)
    {
        Apply(changes);
        var tree = Repo.ObjectDatabase.CreateTree(Repo.Index);
        var signature = NextSignature();
        var merge = Repo.ObjectDatabase.CreateCommit(signature, signature, message, tree, [Repo.Head.Tip, other], prettifyMessage: true);
        Repo.Refs.UpdateTarget(Repo.Refs[Repo.Head.CanonicalName], merge.Id, "merge");
        return merge;
    }

    public void CreateBranch(string name) => Repo.CreateBranch(name);

    /// <summary>Dates the next commits earlier, as a machine whose clock is behind would: a child then looks older than its parent.</summary>
    public void TurnClockBack(TimeSpan by) => clock -= by;

    public void Checkout(string name) => LibGit2Sharp.Commands.Checkout(Repo, Repo.Branches[name], new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });

    public string DefaultBranch => Repo.Head.FriendlyName;

    public void Dispose()
    {
        Repo.Dispose();
        folder.Dispose();
    }

    private void Apply(IEnumerable<(string Path, byte[]? Content)> changes)
    {
        foreach (var (path, content) in changes)
        {
            var full = System.IO.Path.Combine(Path, path);
            if (content is null)
            {
                File.Delete(full);
                continue;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }

        LibGit2Sharp.Commands.Stage(Repo, "*");
        foreach (var removed in Repo.RetrieveStatus().Where(s => s.State == FileStatus.DeletedFromWorkdir))
        {
            LibGit2Sharp.Commands.Remove(Repo, removed.FilePath);
        }
    }

    private Signature NextSignature()
    {
        clock = clock.AddHours(1);
        return new Signature(AuthorName, AuthorEmail, clock);
    }
}
