/** What a 上岗证 prints, as printed (labels in Chinese, dates written out, photo as a data: URL). */
export interface PermitHolder {
  staffId: number;
  name: string;
  sex: string;
  residentIdMasked: string;
  employer: string;
  post: string;
  number: string;
  issueDate: string;
  validUntil: string;
  issuer: string;
  photo: string | null;
}
