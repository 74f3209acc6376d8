import type { CareMode } from '#domain/institution/enums';
import type { CardStatus } from '#domain/printing/card-number';

/** A 阳光家园服务卡 as lists and documents see it: the holder's ID masked, care as of today. */
export interface ServiceCard {
  id: number;
  personId: number;
  personName: string;
  residentIdMasked: string;
  cardNumber: string;
  status: CardStatus;
  requestedAt: string;
  printedAt: string | null;
  handedOverAt: string | null;
  batchNo: string | null;
  actor: string;
  /** The holder's open enrolment, if any (the card front shows the institution or the mode). */
  enrolment: { mode: CareMode; institutionName: string | null } | null;
}

/** One person a card request turned away, with the reason in Chinese. Nothing was written for them. */
export interface CardRefusal {
  personId: number;
  name: string | null;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface CardRequestResult {
  issued: ServiceCard[];
  refused: CardRefusal[];
}
