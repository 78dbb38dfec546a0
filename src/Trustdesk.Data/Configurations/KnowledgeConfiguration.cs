using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Data.Configurations;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> article)
    {
        article.ConfigureRecord();
        article.Property(a => a.Subject).HasMaxLength(Limits.Name).IsRequired();
        article.Property(a => a.Description).HasMaxLength(Limits.Text);
        article.Property(a => a.Instructions).HasMaxLength(Limits.NoteText).IsRequired();
        article.Property(a => a.Keywords).HasMaxLength(Limits.Name);
        article.Property(a => a.Status).HasConversion(new SnakeCaseEnum<KnowledgeArticleStatus>()).HasMaxLength(20);
        // An article's service is always one of its own account's: an (id, account) pair.
        article.HasOne<Service>().WithMany().HasForeignKey(a => new { a.ServiceId, a.AccountId })
            .HasPrincipalKey(s => new { s.Id, s.AccountId }).OnDelete(DeleteBehavior.Restrict);
        article.HasOne<Person>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.Restrict);
        article.HasIndex(a => new { a.AccountId, a.Id });
        // The articles others see are found by service: the services a person is covered for, or an SLA's customer has.
        article.HasIndex(a => new { a.ServiceId, a.Status });
    }
}

internal sealed class KnowledgeDeflectionConfiguration : IEntityTypeConfiguration<KnowledgeDeflection>
{
    public void Configure(EntityTypeBuilder<KnowledgeDeflection> deflection)
    {
        deflection.ConfigureRecord();
        deflection.Property(d => d.PersonAccountId).HasMaxLength(63).IsRequired();
        deflection.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(d => new { d.ArticleId, d.AccountId })
            .HasPrincipalKey(a => new { a.Id, a.AccountId }).OnDelete(DeleteBehavior.Restrict);
        deflection.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        deflection.HasIndex(d => new { d.AccountId, d.ArticleId, d.PersonId });
    }
}

internal sealed class RequestKnowledgeArticleConfiguration : IEntityTypeConfiguration<RequestKnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<RequestKnowledgeArticle> link)
    {
        link.ConfigureRecord();
        link.HasOne<Request>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Once per account, request and article: linking again changes nothing.
        link.HasIndex(l => new { l.AccountId, l.RequestId, l.ArticleId }).IsUnique();
        link.HasIndex(l => new { l.RequestId, l.Id });
        link.HasIndex(l => new { l.ArticleId, l.Id });
    }
}
