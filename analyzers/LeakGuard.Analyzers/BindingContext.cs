using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LeakGuard.Analyzers;

/// <summary>
/// The names a string value is bound to (variable, field, property, parameter, assignment target, dictionary key),
/// passed to the engine as context so that rules gated on a keyword such as "azure" work in C#.
/// </summary>
internal static class BindingContext
{
    public static string? Of(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        var node = OutermostValue(value);
        var names = new List<string>();
        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: var declaration }:
                AddDeclaredName(declaration, names);
                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                names.Add(assignment.Left.ToString());
                break;
            case NameEqualsSyntax nameEquals:
                names.Add(nameEquals.Name.Identifier.ValueText);
                break;
            case ArgumentSyntax argument:
                AddArgumentNames(argument, model, names, cancellationToken);
                break;
            case AttributeArgumentSyntax attributeArgument:
                AddAttributeArgumentNames(attributeArgument, names);
                break;
            case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                names.Add(nameEquals.Name.Identifier.ValueText);
                break;
            case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                AddOtherLiterals(initializer.Expressions, node, names);
                break;
            case ArrowExpressionClauseSyntax or ReturnStatementSyntax:
                AddMemberName(node, names);
                break;
        }

        return names.Count == 0 ? null : string.Join(" ", names);
    }

    /// <summary>Climbs from the value through what does not change which name it is bound to.</summary>
    private static SyntaxNode OutermostValue(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or InterpolatedStringExpressionSyntax
            || node.Parent.IsKind(SyntaxKind.AddExpression)
            || node.Parent.IsKind(SyntaxKind.CoalesceExpression)
            || (node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node))
        {
            node = node.Parent!;
        }

        return node;
    }

    private static void AddDeclaredName(SyntaxNode? declaration, List<string> names)
    {
        switch (declaration)
        {
            case VariableDeclaratorSyntax declarator:
                names.Add(declarator.Identifier.ValueText);
                break;
            case PropertyDeclarationSyntax property:
                names.Add(property.Identifier.ValueText);
                break;
            case ParameterSyntax parameter:
                names.Add(parameter.Identifier.ValueText);
                break;
            case EnumMemberDeclarationSyntax member:
                names.Add(member.Identifier.ValueText);
                break;
        }
    }

    private static void AddArgumentNames(ArgumentSyntax argument, SemanticModel model, List<string> names, CancellationToken cancellationToken)
    {
        if (argument.NameColon is { } nameColon)
        {
            names.Add(nameColon.Name.Identifier.ValueText);
        }

        if (argument.Parent?.Parent is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax
            && model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter })
        {
            names.Add(parameter.Name);
            names.Add(parameter.ContainingSymbol.Name);
        }

        // In new RazorpayClient("rzp_live_…", "…") the key id beside the secret tells whose it is.
        if (argument.Parent is BaseArgumentListSyntax list)
        {
            AddOtherLiterals(list.Arguments.Select(a => a.Expression), argument.Expression, names);
        }
    }

    private static void AddAttributeArgumentNames(AttributeArgumentSyntax argument, List<string> names)
    {
        if (argument.NameEquals is { } nameEquals)
        {
            names.Add(nameEquals.Name.Identifier.ValueText);
        }

        if (argument.NameColon is { } nameColon)
        {
            names.Add(nameColon.Name.Identifier.ValueText);
        }

        if (argument.Parent?.Parent is AttributeSyntax attribute)
        {
            names.Add(attribute.Name.ToString());
        }
    }

    /// <summary>
    /// The other string literals of an argument list or of a dictionary entry (in <c>{ "AzureKey", "…" }</c> the key
    /// names its value).
    /// </summary>
    private static void AddOtherLiterals(IEnumerable<ExpressionSyntax> elements, SyntaxNode value, List<string> names)
    {
        foreach (var element in elements)
        {
            if (element != value && element is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                names.Add(literal.Token.ValueText);
            }
        }
    }

    private static void AddMemberName(SyntaxNode node, List<string> names)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case PropertyDeclarationSyntax property:
                    names.Add(property.Identifier.ValueText);
                    return;
                case MethodDeclarationSyntax method:
                    names.Add(method.Identifier.ValueText);
                    return;
                case LocalFunctionStatementSyntax function:
                    names.Add(function.Identifier.ValueText);
                    return;
                case AnonymousFunctionExpressionSyntax or TypeDeclarationSyntax:
                    return;
            }
        }
    }
}
