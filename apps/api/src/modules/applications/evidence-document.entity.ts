import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded document. The bytes live in the document store, addressed by their SHA-256. It belongs to
 * an application, a leader's certificate, an offering or a theme of a portfolio case; just uploaded and not yet attached, to none.
 */
@Entity({ name: 'evidence_document' })
export class EvidenceDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ name: 'completion_id', type: 'uuid', nullable: true })
  completionId: string | null;

  @Column({ name: 'offering_id', type: 'uuid', nullable: true })
  offeringId: string | null;

  /** A portfolio document: the case and the theme it is for. */
  @Column({ name: 'portfolio_case_id', type: 'uuid', nullable: true })
  portfolioCaseId: string | null;

  @Column({ name: 'portfolio_theme_id', type: 'uuid', nullable: true })
  portfolioThemeId: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;
}
